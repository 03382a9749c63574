package jaga.ui.common;

import jaga.content.Contact;
import jaga.content.Resources;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Contact cards: who to call or message, when, and what for, in words a child understands. */
public final class HelpPanel {
    private HelpPanel() {}

    /** The contacts a child may be shown, Malaysia first, then those that work anywhere. */
    public static List<Contact> forChildren(Resources resources) {
        return resources.forCountry("MY").stream()
                .filter(contact -> contact.audience() == Contact.ContactAudience.EVERYONE).toList();
    }

    public static VBox cards(List<Contact> contacts, I18n i18n) {
        VBox cards = new VBox();
        cards.getStyleClass().add("help-cards");
        for (Contact contact : contacts) {
            cards.getChildren().add(card(contact, i18n));
        }
        return cards;
    }

    public static Node card(Contact contact, I18n i18n) {
        Label name = new Label(i18n.in(contact.name()));
        name.getStyleClass().add("help-name");
        name.setWrapText(true);
        VBox text = new VBox(name);
        text.getStyleClass().add("help-text");
        addWay(text, "mdi2p-phone", contact.phone(), i18n.get("help.call"));
        addWay(text, "mdi2w-whatsapp", contact.whatsapp(), "WhatsApp");
        addWay(text, "mdi2w-web", contact.link(), i18n.get("help.website"));
        addWay(text, "mdi2e-email-outline", contact.email(), i18n.get("help.email"));
        if (contact.hours() != null) {
            Label hours = new Label(i18n.in(contact.hours()));
            hours.getStyleClass().add("help-hours");
            hours.setWrapText(true);
            text.getChildren().add(hours);
        }
        Label purpose = new Label(i18n.in(contact.purpose()));
        purpose.setWrapText(true);
        purpose.getStyleClass().add("help-purpose");
        text.getChildren().add(purpose);
        HBox card = new HBox(text);
        card.setAlignment(Pos.TOP_LEFT);
        card.getStyleClass().add("help-card");
        card.setId("contact-" + contact.id());
        card.setFocusTraversable(true);
        // Read out as the card shows it: "Call 15999", "WhatsApp 019-261 5999", not bare numbers.
        card.setAccessibleText(String.join(". ", text.getChildren().stream()
                .filter(Label.class::isInstance).map(Label.class::cast)
                .map(label -> label.getAccessibleText() != null ? label.getAccessibleText() : label.getText()).toList()));
        return card;
    }

    private static void addWay(VBox text, String icon, String value, String how) {
        if (value == null) {
            return;
        }
        Label way = new Label(value);
        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add("help-way-icon");
        way.setGraphic(glyph);
        way.getStyleClass().add("help-way");
        way.setAccessibleText(how + " " + value);
        text.getChildren().add(way);
    }
}
