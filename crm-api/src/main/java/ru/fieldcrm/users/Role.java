package ru.fieldcrm.users;

/**
 * The roles of the CRM. The constant names are also the security group and role names used by
 * {@code @RolesAllowed}, the web descriptor and the identity store; {@link Names} holds them as
 * compile-time constants for annotations.
 */
public enum Role {
    /** Owner or IT: manages users and settings, may do anything. */
    ADMIN,
    /** Office dispatcher: takes calls, creates and edits orders and site assessments. */
    OPERATOR,
    /** Field lead: works orders on site, records price changes, marks and final sums. */
    MANAGER,
    /** Sales department: works leads and deals. */
    SALES;

    /** Role names as constants, for annotations such as {@code @RolesAllowed(Role.Names.ADMIN)}. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String OPERATOR = "OPERATOR";
        public static final String MANAGER = "MANAGER";
        public static final String SALES = "SALES";

        private Names() {
        }
    }
}
