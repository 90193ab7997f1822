package ru.fieldcrm.clients;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import ru.fieldcrm.users.Role;

/**
 * What the pages offer the signed-in user on client cards. Only hides; the service checks the
 * same roles on every call.
 */
final class ClientRights {

    private ClientRights() {
    }

    /** Creating and changing cards: administrators and operators. */
    static boolean mayEdit() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(Role.Names.ADMIN) || external.isUserInRole(Role.Names.OPERATOR);
    }

    /** Merging a duplicate: administrators. */
    static boolean mayMerge() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.ADMIN);
    }
}
