package ru.fieldcrm.users;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;
import ru.fieldcrm.shared.PhoneNumbers;
import ru.fieldcrm.shared.Refusals;
import ru.fieldcrm.shared.Texts;

/** "My profile": every user's own name, phone, e-mail and password; login and role are shown only. */
@Named
@ViewScoped
public class MyProfile implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    UserService users;

    @Inject
    CurrentUser currentUser;

    private UserDetails loaded;
    private String fullName;
    private String phone;
    private String extension;
    private String email;
    private String currentPassword;
    private String newPassword;
    private String newPasswordRepeat;

    @PostConstruct
    void init() {
        show(users.myProfile());
    }

    private void show(UserDetails me) {
        loaded = me;
        fullName = me.fullName();
        phone = PhoneNumbers.format(me.phone());
        extension = me.extension();
        email = me.email();
    }

    public void save() {
        try {
            show(users.updateMyProfile(new ProfileUpdateRequest(loaded.version(), fullName, phone, email, extension)));
            currentUser.refresh();
            Refusals.info("profile.saved");
        } catch (RuntimeException e) {
            Refusals.show(e, "profileForm");
        }
    }

    public void changePassword() {
        try {
            if (!Objects.equals(newPassword, newPasswordRepeat)) {
                FacesContext faces = FacesContext.getCurrentInstance();
                faces.addMessage("passwordForm:newPasswordRepeat", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        Texts.ui(faces.getViewRoot().getLocale(), "profile.password.mismatch"), null));
                faces.validationFailed();
                return;
            }
            users.changeMyPassword(new PasswordChangeRequest(currentPassword, newPassword));
            Refusals.info("profile.passwordChanged");
        } catch (RuntimeException e) {
            Refusals.show(e, "passwordForm");
        } finally {
            currentPassword = null;
            newPassword = null;
            newPasswordRepeat = null;
        }
    }

    public UserDetails getLoaded() {
        return loaded;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getExtension() {
        return extension;
    }

    public void setExtension(String extension) {
        this.extension = extension;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewPasswordRepeat() {
        return newPasswordRepeat;
    }

    public void setNewPasswordRepeat(String newPasswordRepeat) {
        this.newPasswordRepeat = newPasswordRepeat;
    }
}
