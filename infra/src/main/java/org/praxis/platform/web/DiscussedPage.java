package org.praxis.platform.web;

import org.praxis.events.discussion.DiscussedItem;
import org.springframework.ui.Model;

/**
 * How a page names the item it shows, once it has checked the reader may see it, so that the item's discussion and
 * watch button are put under it (the model attributes {@value #ITEM} and {@value #ITEM_ID}).
 */
public final class DiscussedPage {

    public static final String ITEM = "discussedItem";
    public static final String ITEM_ID = "discussedId";

    private DiscussedPage() {
    }

    public static void show(Model model, DiscussedItem item, String id) {
        model.addAttribute(ITEM, item);
        model.addAttribute(ITEM_ID, id);
    }
}
