package ru.fieldcrm.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.fieldcrm.shared.InvalidRequestException;
import ru.fieldcrm.shared.NotFoundException;
import ru.fieldcrm.shared.PageResult;
import ru.fieldcrm.shared.SearchText;

/** Queries of users. Used inside the callers' transactions. */
@ApplicationScoped
public class UserRepository {

    /** The sort fields a list may ask for, and the JPQL paths they mean. */
    private static final Map<String, String> SORTS = Map.of(
            "login", "u.loginKey",
            "fullName", "u.fullName",
            "role", "u.role",
            "active", "u.active",
            "lastSignInAt", "u.lastSignInAt");

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    public User get(long id) {
        User user = em.find(User.class, id);
        if (user == null) {
            throw new NotFoundException("users.notFound", id);
        }
        return user;
    }

    public Optional<User> find(long id) {
        return Optional.ofNullable(em.find(User.class, id));
    }

    /** Active users with this role, by name. */
    public List<User> active(Role role) {
        return em.createQuery("select u from User u where u.role = :role and u.active = true order by u.fullName, u.id",
                User.class).setParameter("role", role).getResultList();
    }

    public Optional<User> findByLogin(String login) {
        if (login == null || login.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select u from User u where u.loginKey = :key", User.class)
                .setParameter("key", User.keyOf(login))
                .getResultStream()
                .findFirst();
    }

    public Optional<User> findConfiguredAdmin() {
        return em.createQuery("select u from User u where u.configuredAdmin = true", User.class)
                .getResultStream()
                .findFirst();
    }

    /** Refuses a login that another account (not {@code exceptId}) already has, in any case. */
    public void checkLoginFree(String login, Long exceptId) {
        findByLogin(login).filter(other -> !other.getId().equals(exceptId)).ifPresent(other -> {
            throw new InvalidRequestException("users.login.taken", "login", login.strip());
        });
    }

    /** Refuses an extension another user has. */
    public void checkExtensionFree(String extension, Long exceptId) {
        if (extension == null || extension.isBlank()) {
            return;
        }
        findByExtension(extension.strip()).filter(other -> !other.getId().equals(exceptId)).ifPresent(other -> {
            throw new InvalidRequestException("users.extension.taken", "extension", extension.strip(),
                    other.getFullName());
        });
    }

    /** The user with this PBX extension, active or not. */
    public Optional<User> findByExtension(String extension) {
        return em.createQuery("select u from User u where u.extension = :extension", User.class)
                .setParameter("extension", extension).getResultStream().findFirst();
    }

    public void add(User user) {
        em.persist(user);
    }

    public void remove(User user) {
        em.remove(user);
    }

    public void flush() {
        em.flush();
    }

    public PageResult<User> find(UserQuery query) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (query.text() != null && !query.text().isBlank()) {
            String text = query.text().strip().toLowerCase(java.util.Locale.ROOT);
            where.append(" and (u.loginKey like :text or lower(u.fullName) like :text or lower(u.email) like :text");
            String digits = SearchText.phoneDigits(text);
            if (!digits.isEmpty()) {
                where.append(" or u.phone like :digits");
                parameters.put("digits", "%" + digits + "%");
            }
            where.append(")");
            parameters.put("text", SearchText.containing(text));
        }
        if (query.role() != null) {
            where.append(" and u.role = :role");
            parameters.put("role", query.role());
        }
        if (query.active() != null) {
            where.append(" and u.active = :active");
            parameters.put("active", query.active());
        }
        String sortField = query.page().sortField();
        String path = sortField == null || sortField.isBlank() ? "u.loginKey" : SORTS.get(sortField);
        if (path == null) {
            throw new InvalidRequestException("users.sort.unknown", "sortField");
        }
        String order = " order by " + path + (query.page().ascending() ? " asc" : " desc") + ", u.id asc";
        TypedQuery<User> rows = em.createQuery("select u from User u" + where + order, User.class);
        TypedQuery<Long> count = em.createQuery("select count(u) from User u" + where, Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<User> page = rows.setFirstResult(query.page().first()).setMaxResults(query.page().size()).getResultList();
        return new PageResult<>(page, count.getSingleResult());
    }
}
