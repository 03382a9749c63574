package jaga.ui.common;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;

/**
 * One-of-several choices (a band, a language, what happens to a picture lock): labelled, wrapping
 * toggle buttons or radio buttons, kept in step with a view model's property.
 */
public final class Choices {
    private Choices() {}

    /**
     * One toggle button a value, in a wrapping row, kept in step with the property: the button's id
     * is {@code idPrefix} and its message key {@code keyPrefix}, each followed by the value's code.
     */
    public static <T> FlowPane row(I18n i18n, String idPrefix, String keyPrefix, List<T> values,
                                   Function<T, String> code, Property<T> property) {
        FlowPane row = Toolbar.of();
        row.getStyleClass().add("band-choices");
        ToggleGroup group = new ToggleGroup();
        for (T value : values) {
            ToggleButton option = option(i18n, new ToggleButton(), group, idPrefix + code.apply(value),
                    keyPrefix + code.apply(value), value);
            option.getStyleClass().add("band-choice");
            row.getChildren().add(option);
            Toolbar.fit(row, option);
        }
        bind(group, property);
        return row;
    }

    /** A labelled radio button for one value of a group. */
    public static RadioButton radio(I18n i18n, ToggleGroup group, String id, String key, Object value) {
        return option(i18n, new RadioButton(), group, id, key, value);
    }

    /** One labelled, wrapping option of a group, for toggle rows and radio buttons alike. */
    private static <B extends ToggleButton> B option(I18n i18n, B option, ToggleGroup group, String id, String key,
                                                     Object value) {
        option.setId(id);
        option.textProperty().bind(i18n.text(key));
        option.setUserData(value);
        option.setToggleGroup(group);
        option.setWrapText(true);
        return option;
    }

    /** Keeps a toggle group and a property in step; one option is always chosen. */
    public static <T> void bind(ToggleGroup group, Property<T> property) {
        Runnable fromModel = () -> group.getToggles().stream()
                .filter(t -> Objects.equals(t.getUserData(), property.getValue())).findFirst()
                .ifPresent(t -> t.setSelected(true));
        group.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected == null) {
                if (old != null) {
                    old.setSelected(true);
                }
            } else {
                @SuppressWarnings("unchecked")
                T value = (T) selected.getUserData();
                property.setValue(value);
            }
        });
        property.addListener((obs, old, value) -> fromModel.run());
        fromModel.run();
    }
}
