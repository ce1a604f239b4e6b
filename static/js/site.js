/*
 * RAVOT-EUR: progressive enhancement only. Everything works without this file.
 *
 * Main navigation: on narrow screens the list is collapsed behind the
 * "Menu" button (which is `hidden` in the HTML so that it never shows without
 * JavaScript). On wide screens the button stays hidden and the list visible.
 * No dependencies, no inline code (the site runs under a strict CSP).
 */
(function () {
    'use strict';

    // Keep in step with the 48em breakpoint in site.css.
    var NARROW_QUERY = '(max-width: 47.9375em)';

    function initMainNav(nav) {
        var toggle = nav.querySelector('.main-nav__toggle');
        var list = nav.querySelector('.main-nav__list');
        if (!toggle || !list || !window.matchMedia) {
            return;
        }
        var narrow = window.matchMedia(NARROW_QUERY);

        function isOpen() {
            return toggle.getAttribute('aria-expanded') === 'true';
        }

        function setOpen(open) {
            toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
            list.hidden = !open;
        }

        function applyMode() {
            if (narrow.matches) {
                nav.classList.add('main-nav--enhanced');
                toggle.hidden = false;
                setOpen(false);
            } else {
                nav.classList.remove('main-nav--enhanced');
                toggle.hidden = true;
                toggle.setAttribute('aria-expanded', 'false');
                list.hidden = false;
            }
        }

        toggle.addEventListener('click', function () {
            setOpen(!isOpen());
        });

        nav.addEventListener('keydown', function (event) {
            if ((event.key === 'Escape' || event.key === 'Esc') && narrow.matches && isOpen()) {
                event.preventDefault();
                setOpen(false);
                toggle.focus();
            }
        });

        if (narrow.addEventListener) {
            narrow.addEventListener('change', applyMode);
        } else if (narrow.addListener) {
            narrow.addListener(applyMode); // older Safari
        }

        applyMode();
    }

    function init() {
        var navs = document.querySelectorAll('.main-nav');
        for (var i = 0; i < navs.length; i += 1) {
            initMainNav(navs[i]);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
