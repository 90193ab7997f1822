package ru.fieldcrm.calls;

/**
 * The saved PBX settings: the secret is never given back, only whether one is saved.
 * {@code webhookPath} is where, under the CRM's address, the PBX posts its events (to be entered
 * in the PBX's account); it holds the company's token and is null until the settings are saved.
 */
public record PbxSettingsDetails(PbxKind pbx, String apiKey, boolean secretSet, String apiUrl, String webhookPath,
        long version) {
}
