/*
 * The manual's reading page: progressive enhancement only.
 * - a "Print this chapter" button (without JavaScript the browser's own print works);
 * - Escape hides an open glossary tooltip (WCAG 1.4.13), until the pointer or focus
 *   moves on.
 */
(function () {
    'use strict';

    function initPrint() {
        var buttons = document.querySelectorAll('[data-print]');
        for (var i = 0; i < buttons.length; i += 1) {
            var item = buttons[i].closest('[hidden]');
            if (item) {
                item.hidden = false;
            }
            buttons[i].addEventListener('click', function () {
                window.print();
            });
        }
    }

    function initTooltips() {
        document.addEventListener('keydown', function (event) {
            if (event.key !== 'Escape' && event.key !== 'Esc') {
                return;
            }
            var refs = document.querySelectorAll('.glossary-ref:hover, .glossary-ref:focus-within');
            for (var i = 0; i < refs.length; i += 1) {
                refs[i].classList.add('glossary-ref--dismissed');
            }
        });
        function reset(event) {
            var ref = event.target.closest && event.target.closest('.glossary-ref');
            var open = document.querySelectorAll('.glossary-ref--dismissed');
            for (var i = 0; i < open.length; i += 1) {
                if (open[i] !== ref) {
                    open[i].classList.remove('glossary-ref--dismissed');
                }
            }
        }
        document.addEventListener('focusin', reset);
        document.addEventListener('mouseover', reset);
    }

    function init() {
        initPrint();
        initTooltips();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
