/*
 * The "Glossary term" button of the rich-text editor (admin only).
 *
 * Selecting text and pressing the button opens the glossary snippet chooser; the
 * chosen term is stored as <a linktype="glossary" id="…"> (see manual/richtext.py).
 * Built on the chooser-modal source that Wagtail's own document and page links use.
 */
(function () {
    'use strict';

    var draftail = window.draftail;
    if (!draftail || !draftail.ModalWorkflowSource) {
        return;
    }

    class GlossarySource extends draftail.ModalWorkflowSource {
        getChooserConfig() {
            var urls = (this.props.entityType && this.props.entityType.chooserUrls) || {};
            // Offer the terms of the language being edited first (the chooser's own
            // locale filter; editors can still switch it).
            var config = window.wagtailConfig || {};
            var params = config.ACTIVE_CONTENT_LOCALE ? { locale: config.ACTIVE_CONTENT_LOCALE } : {};
            return {
                url: urls.glossaryChooser,
                urlParams: params,
                onload: window.CHOOSER_MODAL_ONLOAD_HANDLERS,
                responses: { chosen: this.onChosen },
            };
        }

        onChosen(data) {
            // The snippet chooser calls the term `string`; the editor inserts `title`
            // as the text when nothing was selected.
            super.onChosen(Object.assign({}, data, { title: data.string }));
        }

        filterEntityData(data) {
            return { id: data.id, title: data.string || data.title, edit_url: data.edit_url };
        }
    }

    // Shown in the editor: the marked text, with the term's name in the tooltip and
    // the usual Edit/Remove buttons (Wagtail's TooltipEntity reads icon/label/url).
    class GlossaryDecorator extends draftail.TooltipEntity {
        render() {
            var original = this.props;
            var data = original.contentState.getEntity(original.entityKey).getData();
            this.props = Object.assign({}, original, {
                icon: '#icon-help',
                label: data.title || '',
                url: data.edit_url || null,
            });
            try {
                return super.render();
            } finally {
                this.props = original;
            }
        }
    }

    draftail.registerPlugin(
        { type: 'GLOSSARY', source: GlossarySource, decorator: GlossaryDecorator },
        'entityTypes'
    );
}());
