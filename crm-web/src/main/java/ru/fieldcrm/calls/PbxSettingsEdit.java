package ru.fieldcrm.calls;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import ru.fieldcrm.shared.AppAddress;
import ru.fieldcrm.shared.Refusals;

/**
 * The administrator's PBX settings («Настройки АТС»): which PBX, its API key, secret (write-only:
 * left empty, the saved one stays) and API address, and the address the PBX is to post its events
 * to. The service checks the role and the fields; this bean only carries them.
 */
@Named
@ViewScoped
public class PbxSettingsEdit implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    static final String FORM = "pbxForm";

    @EJB
    CallService calls;

    private PbxSettingsDetails saved;
    private PbxKind pbx;
    private String apiKey;
    private String secret;
    private String apiUrl;

    @PostConstruct
    void init() {
        show(calls.pbxSettings());
    }

    private void show(PbxSettingsDetails details) {
        saved = details;
        pbx = details.pbx();
        apiKey = details.apiKey();
        secret = null;
        apiUrl = details.apiUrl();
    }

    public void save() {
        try {
            show(calls.savePbxSettings(saved.version(), new PbxSettingsForm(pbx, apiKey, secret, apiUrl)));
            Refusals.info("calls.settings.saved");
        } catch (RuntimeException e) {
            Refusals.show(e, FORM);
        }
    }

    public List<PbxKind> getKinds() {
        return List.of(PbxKind.values());
    }

    /** The saved secret is kept when the field is left empty: only for the PBX it was saved for. */
    public boolean isSecretKept() {
        return saved.secretSet() && saved.pbx() == pbx;
    }

    /**
     * Where the PBX posts its events (for its account's settings), as this server is reached; null
     * until settings are saved or while the saved choice is no PBX.
     */
    public String getWebhookUrl() {
        return saved.webhookPath() == null || saved.pbx() == PbxKind.NONE ? null : AppAddress.of(saved.webhookPath());
    }

    public PbxSettingsDetails getSaved() {
        return saved;
    }

    public PbxKind getPbx() {
        return pbx;
    }

    public void setPbx(PbxKind pbx) {
        this.pbx = pbx;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public String getApiUrl() {
        return apiUrl;
    }

    public void setApiUrl(String apiUrl) {
        this.apiUrl = apiUrl;
    }
}
