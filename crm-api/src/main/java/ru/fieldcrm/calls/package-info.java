/**
 * Calls through a virtual PBX: the call log (every call the PBX reports, linked to the user whose
 * extension took it, the client whose number it was and that client's open order), the PBX
 * settings (which adapter, its keys, the secret write-only, the token of the CRM's webhook
 * address) and the webhook events the PBX posts.
 */
package ru.fieldcrm.calls;
