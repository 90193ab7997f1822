package ru.fieldcrm.calls;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the administrator saves as the PBX settings. {@code secret} is write-only: null or blank
 * keeps the saved one (for the same PBX). {@code apiUrl} blank means the PBX's own address.
 */
public record PbxSettingsForm(
        @NotNull(message = "{calls.pbx.required}") PbxKind pbx,
        @Size(max = 100, message = "{calls.apiKey.tooLong}") String apiKey,
        @Size(max = 200, message = "{calls.secret.tooLong}") String secret,
        @Size(max = 200, message = "{calls.apiUrl.invalid}") @Pattern(regexp = "https?://[^\\s]+", message = "{calls.apiUrl.invalid}") String apiUrl) {

    @Override
    public String toString() {
        return "PbxSettingsForm[pbx=" + pbx + ", apiKey=" + apiKey + "]";
    }
}
