package ru.fieldcrm.shared;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The language of the pages for this session: Russian unless the user picks English. */
@Named
@SessionScoped
public class LocaleSelector implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final Locale RUSSIAN = Locale.forLanguageTag("ru-RU");
    public static final List<Locale> SUPPORTED = List.of(RUSSIAN, Locale.ENGLISH);

    private Locale locale = RUSSIAN;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** Switches the language and reloads the page in it. */
    public void select(String language) {
        locale = SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(RUSSIAN);
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }
}
