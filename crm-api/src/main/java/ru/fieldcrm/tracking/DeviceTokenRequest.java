package ru.fieldcrm.tracking;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the administrator names a new device: «Телефон», «Газель А123ВС». */
public record DeviceTokenRequest(@NotBlank @Size(max = 60) String label) {
}
