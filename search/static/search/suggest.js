/* Title suggestions for the search box (progressive enhancement: the form works without).
 * Fills the input's <datalist> from /api/search/suggest/ as the reader types. */
(function () {
    'use strict';

    var input = document.querySelector('input[data-suggest-url]');
    if (!input || !window.fetch) {
        return;
    }
    var list = document.getElementById(input.getAttribute('list'));
    var timer = null;
    var latest = 0;

    function show(suggestions) {
        while (list.firstChild) {
            list.removeChild(list.firstChild);
        }
        suggestions.forEach(function (suggestion) {
            var option = document.createElement('option');
            option.value = suggestion.title;
            list.appendChild(option);
        });
    }

    function fetchSuggestions() {
        var text = input.value.trim();
        var request = ++latest;
        if (text.length < 2) {
            show([]);
            return;
        }
        var url = input.getAttribute('data-suggest-url') + '&q=' + encodeURIComponent(text);
        fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
            .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
            .then(function (data) {
                if (request === latest) {
                    show(data.suggestions || []);
                }
            })
            .catch(function () { show([]); });
    }

    input.addEventListener('input', function () {
        window.clearTimeout(timer);
        timer = window.setTimeout(fetchSuggestions, 200);
    });
})();
