package ru.fieldcrm.sms;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import ru.fieldcrm.shared.AppAddress;
import ru.fieldcrm.shared.Refusals;
import ru.fieldcrm.shared.Texts;
import ru.fieldcrm.users.CurrentUser;

/**
 * The administrator's SMS settings, saved whole: the gateway and its credentials, quiet hours, the
 * reminder hour and one template per trigger, each with a live preview rendered by the service
 * with a real order's (or assessment's) values. The templates are shown in three groups (orders,
 * assessments, reminders) while the service names them by their place in the form's list, which
 * follows {@link SmsTrigger}; {@link #refusalPath} translates. A test message goes through the
 * saved gateway.
 */
@Named
@ViewScoped
public class SmsSettingsEdit implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    static final String FORM = "smsForm";
    static final String TEST_FORM = "testForm";
    static final LocalTime QUIET_FROM = LocalTime.of(21, 0);
    static final LocalTime QUIET_TO = LocalTime.of(9, 0);
    private static final Pattern TEMPLATE_PATH = Pattern.compile("templates\\[(\\d+)](.*)");

    /** The groups the page shows the templates in, each with the id of its repeater. */
    public enum Group {
        ORDERS("orderTemplates"),
        ASSESSMENTS("assessmentTemplates"),
        REMINDERS("reminderTemplates");

        private final String repeaterId;

        Group(String repeaterId) {
            this.repeaterId = repeaterId;
        }

        public String getRepeaterId() {
            return repeaterId;
        }

        static Group of(SmsTrigger trigger) {
            return trigger.isReminder() ? REMINDERS : trigger.isAboutAssessment() ? ASSESSMENTS : ORDERS;
        }
    }

    /** One trigger's template as edited, with its latest preview. */
    public static final class Template implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private final SmsTrigger trigger;
        private boolean enabled;
        private String text;
        private Integer delayMinutes;
        private boolean dropOnChange;
        private transient SmsPreview preview;

        Template(SmsTemplateEntry entry) {
            trigger = entry.trigger();
            enabled = entry.enabled();
            text = entry.text();
            delayMinutes = entry.delayMinutes();
            dropOnChange = entry.dropOnChange();
        }

        SmsTemplateEntry toEntry() {
            return new SmsTemplateEntry(trigger, enabled, text, delayMinutes == null ? 0 : delayMinutes, dropOnChange);
        }

        public SmsTrigger getTrigger() {
            return trigger;
        }

        public SmsPreview getPreview() {
            return preview;
        }

        /** The preview's text in pieces: plain text, placeholders left as they are, unknown names. */
        public List<PreviewPiece> getPieces() {
            return preview == null ? List.of() : PreviewPiece.split(preview.text(), preview.unknownPlaceholders());
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public Integer getDelayMinutes() {
            return delayMinutes;
        }

        public void setDelayMinutes(Integer delayMinutes) {
            this.delayMinutes = delayMinutes;
        }

        public boolean isDropOnChange() {
            return dropOnChange;
        }

        public void setDropOnChange(boolean dropOnChange) {
            this.dropOnChange = dropOnChange;
        }
    }

    /** A piece of a preview's text and how it is shown. */
    public record PreviewPiece(String text, String kind) {

        private static final Pattern BRACES = Pattern.compile("\\{[^{}\\s]{1,40}}");

        /** {@code text}, {@code placeholder} (known, not filled in: no order yet) or {@code unknown}. */
        static List<PreviewPiece> split(String text, List<String> unknown) {
            List<PreviewPiece> pieces = new ArrayList<>();
            Matcher m = BRACES.matcher(text == null ? "" : text);
            int at = 0;
            while (m.find()) {
                boolean isUnknown = unknown.contains(m.group());
                boolean known = SmsPlaceholder.of(m.group().substring(1, m.group().length() - 1)).isPresent();
                if (!isUnknown && !known) {
                    continue;
                }
                if (m.start() > at) {
                    pieces.add(new PreviewPiece(text.substring(at, m.start()), "text"));
                }
                pieces.add(new PreviewPiece(m.group(), isUnknown ? "unknown" : "placeholder"));
                at = m.end();
            }
            if (at < (text == null ? 0 : text.length())) {
                pieces.add(new PreviewPiece(text.substring(at), "text"));
            }
            return pieces;
        }
    }

    @EJB
    SmsService sms;

    @Inject
    CurrentUser currentUser;

    private SmsSettingsDetails saved;
    private SmsGatewayKind gateway;
    private String login;
    private String secret;
    private String sender;
    private String apiUrl;
    private boolean quietHours;
    private LocalTime quietFrom;
    private LocalTime quietTo;
    private int reminderHour;
    private List<Template> templates;

    private String testPhone;
    private String testText;
    private transient SmsMessageSummary testOutcome;

    @PostConstruct
    void init() {
        show(sms.settings());
        testPhone = currentUser.getDetails().phone();
        testText = text("sms.test.defaultText");
    }

    private void show(SmsSettingsDetails details) {
        saved = details;
        gateway = details.gateway();
        login = details.login();
        secret = null;
        sender = details.sender();
        apiUrl = details.apiUrl();
        quietHours = details.quietHours();
        quietFrom = details.quietFrom() == null ? QUIET_FROM : details.quietFrom();
        quietTo = details.quietTo() == null ? QUIET_TO : details.quietTo();
        reminderHour = details.reminderHour();
        templates = details.templates().stream().map(Template::new).toList();
        templates.forEach(this::preview);
    }

    /** Renders the template again (as it is typed, and when it is switched on). */
    public void preview(Template template) {
        template.preview = template.text == null || template.text.isBlank() ? null
                : sms.preview(template.trigger, template.text);
    }

    public void save() {
        try {
            show(sms.save(saved.version(), form()));
            Refusals.info("sms.settings.saved");
        } catch (RuntimeException e) {
            Refusals.show(e, FORM, this::refusalPath);
            // The fields' messages may be far above the button: say here that nothing was saved.
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces.getMessageList(null).isEmpty()) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text("sms.settings.notSaved"), null));
            }
        }
    }

    private SmsSettingsForm form() {
        return new SmsSettingsForm(gateway, login, secret, sender, apiUrl, quietHours, quietFrom, quietTo, reminderHour,
                templates.stream().map(Template::toEntry).toList());
    }

    /**
     * Where the page shows a refusal of {@code templates[i].…}: the i-th template (in trigger
     * order) is a row of its group's repeater.
     */
    String refusalPath(String path) {
        Matcher m = path == null ? null : TEMPLATE_PATH.matcher(path);
        if (m == null || !m.matches()) {
            return path;
        }
        int index = Integer.parseInt(m.group(1));
        if (index >= templates.size()) {
            return path;
        }
        Group group = Group.of(templates.get(index).trigger);
        return group.repeaterId + "[" + getTemplates(group).indexOf(templates.get(index)) + "]" + m.group(2);
    }

    public void sendTest() {
        testOutcome = null;
        try {
            testOutcome = sms.sendTest(testPhone, testText);
        } catch (RuntimeException e) {
            Refusals.show(e, TEST_FORM);
        }
    }

    /**
     * The length as people count it: «Кириллица: 96 символов, 2 SMS (до 67 в каждой)».
     */
    public String length(SmsPreview preview) {
        SmsLength length = preview.length();
        return text("sms.preview.length",
                text(length.unicode() ? "sms.preview.unicode" : "sms.preview.gsm"),
                text("sms.preview.characters." + plural(length.characters(), locale()), length.characters()),
                length.parts() <= 1 ? text("sms.preview.single", length.singleLimit())
                        : text("sms.preview.parts", length.parts(), length.partLimit()));
    }

    /** Whether the rendered text is longer than the chosen gateway takes. */
    public boolean overLimit(SmsPreview preview) {
        return preview.length().characters() > gateway.maxLength();
    }

    /** The names in braces that are no placeholder, as a list to read. */
    public String unknown(SmsPreview preview) {
        return String.join(", ", preview.unknownPlaceholders());
    }

    /** Whose values the preview shows, or that there is nothing to take them from yet. */
    public String source(Template template) {
        boolean assessment = template.trigger.isAboutAssessment();
        Long number = template.preview.sourceNumber();
        return number == null ? text(assessment ? "sms.preview.noAssessment" : "sms.preview.noOrder")
                : text(assessment ? "sms.preview.fromAssessment" : "sms.preview.fromOrder", String.valueOf(number));
    }

    /**
     * The plural form of a count: in Russian {@code one} (1, 21), {@code few} (2–4, 22) or
     * {@code many} (5–20, 0); in English {@code one} or {@code many}.
     */
    static String plural(long n, Locale locale) {
        if (!locale.getLanguage().equals("ru")) {
            return n == 1 ? "one" : "many";
        }
        long ones = n % 10;
        long tens = n % 100;
        if (ones == 1 && tens != 11) {
            return "one";
        }
        return ones >= 2 && ones <= 4 && (tens < 12 || tens > 14) ? "few" : "many";
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static String text(String key, Object... arguments) {
        return Texts.ui(locale(), key, arguments);
    }

    public List<Template> getTemplates(Group group) {
        return templates.stream().filter(t -> Group.of(t.trigger) == group).toList();
    }

    public List<Group> getGroups() {
        return List.of(Group.values());
    }

    public List<SmsGatewayKind> getGateways() {
        return List.of(SmsGatewayKind.values());
    }

    public List<SmsPlaceholder> getPlaceholders() {
        return Arrays.asList(SmsPlaceholder.values());
    }

    public List<Integer> getHours() {
        return IntStream.range(0, 24).boxed().toList();
    }

    /** {@code 09:00}. */
    public String hour(int hour) {
        return "%02d:00".formatted(hour);
    }

    /** Whether a saved secret goes on being used when the form is saved without a new one. */
    public boolean isSecretKept() {
        return saved.secretSet() && gateway == saved.gateway();
    }

    /** Whether the secret saved belongs to another gateway than the one now chosen (and so is dropped). */
    public boolean isSecretOfOtherGateway() {
        return saved.secretSet() && gateway != saved.gateway() && saved.gateway().sends();
    }

    /**
     * The full address where the saved gateway posts its delivery reports (SMS.ru and SMSC.ru take
     * one in the company's account), as this server is reached; null before the first save.
     */
    public String getReportUrl() {
        if (saved == null || saved.reportPath() == null) {
            return null;
        }
        return AppAddress.of(saved.reportPath());
    }

    public SmsSettingsDetails getSaved() {
        return saved;
    }

    public SmsGatewayKind getGateway() {
        return gateway;
    }

    public void setGateway(SmsGatewayKind gateway) {
        this.gateway = gateway;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    /**
     * Only what was typed on this page since it was opened or saved (so that it survives the page
     * redrawing the gateway's fields); the saved secret never reaches the page.
     */
    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public String getSender() {
        return sender;
    }

    public void setSender(String sender) {
        this.sender = sender;
    }

    public String getApiUrl() {
        return apiUrl;
    }

    public void setApiUrl(String apiUrl) {
        this.apiUrl = apiUrl;
    }

    public boolean isQuietHours() {
        return quietHours;
    }

    public void setQuietHours(boolean quietHours) {
        this.quietHours = quietHours;
    }

    public LocalTime getQuietFrom() {
        return quietFrom;
    }

    public void setQuietFrom(LocalTime quietFrom) {
        this.quietFrom = quietFrom;
    }

    public LocalTime getQuietTo() {
        return quietTo;
    }

    public void setQuietTo(LocalTime quietTo) {
        this.quietTo = quietTo;
    }

    public int getReminderHour() {
        return reminderHour;
    }

    public void setReminderHour(int reminderHour) {
        this.reminderHour = reminderHour;
    }

    public String getTestPhone() {
        return testPhone;
    }

    public void setTestPhone(String testPhone) {
        this.testPhone = testPhone;
    }

    public String getTestText() {
        return testText;
    }

    public void setTestText(String testText) {
        this.testText = testText;
    }

    public SmsMessageSummary getTestOutcome() {
        return testOutcome;
    }
}
