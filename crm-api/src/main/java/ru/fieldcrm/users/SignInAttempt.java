package ru.fieldcrm.users;

/** A login and password typed on the sign-in page, with the address it came from. */
public record SignInAttempt(String login, String password, String remoteAddress) {

    @Override
    public String toString() {
        return "SignInAttempt[login=" + login + ", remoteAddress=" + remoteAddress + "]";
    }
}
