/*
 * RAVOT-EUR events: progressive enhancement only. Pages give an event's times in the
 * venue's zone; when the reader's own zone differs, this adds the same times in theirs.
 * Elements: <span data-local-time data-start data-end data-event-zone data-label hidden>.
 */
(function () {
    'use strict';

    function format(zone, language, options, date) {
        var settings = { timeZone: zone };
        for (var key in options) {
            settings[key] = options[key];
        }
        return new Intl.DateTimeFormat(language, settings).format(date);
    }

    function show(node, readerZone, language) {
        var start = new Date(node.getAttribute('data-start'));
        var end = new Date(node.getAttribute('data-end'));
        var eventZone = node.getAttribute('data-event-zone');
        if (isNaN(start.getTime()) || isNaN(end.getTime())) {
            return;
        }
        var day = { day: 'numeric', month: 'long', year: 'numeric' };
        var clock = { hour: '2-digit', minute: '2-digit', hour12: false };
        var full = { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false };
        // Nothing to add when the reader's clock reads the same as the venue's.
        if (format(readerZone, language, full, start) === format(eventZone, language, full, start)) {
            return;
        }
        var sameDay = format(readerZone, language, day, start) === format(readerZone, language, day, end);
        var text = format(readerZone, language, full, start) + ' – ' +
            format(readerZone, language, sameDay ? clock : full, end);
        node.textContent = node.getAttribute('data-label') + ' (' + readerZone + '): ' + text;
        node.hidden = false;
    }

    function init() {
        var readerZone;
        try {
            readerZone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
        } catch (error) {
            return;
        }
        if (!readerZone) {
            return;
        }
        var language = document.documentElement.lang || undefined;
        var nodes = document.querySelectorAll('[data-local-time]');
        for (var i = 0; i < nodes.length; i += 1) {
            try {
                show(nodes[i], readerZone, language);
            } catch (error) {
                // An unknown zone in an old browser: the venue's times stay, which is enough.
            }
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
