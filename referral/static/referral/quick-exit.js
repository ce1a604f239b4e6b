/*
 * Quick exit for victims' pages (progressive enhancement; the link works without it).
 *
 * - Activating the link replaces the current history entry with the neutral site, so
 *   the Back button does not lead back here, and blanks the page at once so nothing
 *   stays on screen while the other site loads.
 * - Pressing Shift three times (within two seconds between presses) does the same,
 *   the pattern public services have tested with survivors.
 * Nothing else touches the history: adding fake entries could look suspicious or
 * trap someone on a page they want to leave.
 */
(function () {
    'use strict';

    var PRESSES = 3;
    var WINDOW_MS = 2000;

    function leave(url) {
        document.documentElement.classList.add('referral-leaving');
        window.location.replace(url);
    }

    function init() {
        var box = document.querySelector('[data-quick-exit]');
        if (!box) {
            return;
        }
        var url = box.getAttribute('data-quick-exit');
        var link = box.querySelector('a');
        if (link) {
            link.addEventListener('click', function (event) {
                if (event.ctrlKey || event.metaKey || event.shiftKey) {
                    return; // the reader asked for a new tab or window
                }
                event.preventDefault();
                leave(url);
            });
        }

        var count = 0;
        var last = 0;
        document.addEventListener('keyup', function (event) {
            if (event.key !== 'Shift') {
                count = 0;
                return;
            }
            var now = Date.now();
            count = now - last <= WINDOW_MS ? count + 1 : 1;
            last = now;
            if (count >= PRESSES) {
                count = 0;
                leave(url);
            }
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
