/**
 * Calls through a virtual PBX. The PBX posts its events to {@code api/pbx/events/{token}}; the
 * adapter of the chosen PBX ({@link ru.fieldcrm.calls.PbxAdapter}: generic, Zadarma) checks the
 * signature and reads the event, {@link ru.fieldcrm.calls.CallInbox} stores it with its call in
 * one short transaction (once: a replay finds its key taken), and after the commit
 * {@link ru.fieldcrm.calls.CallFollowUp} links the call to the user of its extension, the client
 * of its number and that client's open order.
 */
package ru.fieldcrm.calls;
