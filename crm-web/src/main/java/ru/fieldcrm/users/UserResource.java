package ru.fieldcrm.users;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import ru.fieldcrm.shared.PageRequest;
import ru.fieldcrm.shared.PageResult;

/**
 * The users as JSON: {@code /api/users} for the administrator, {@code /api/profile} for everyone's
 * own profile. The same service as the pages, so the same rules and refusals.
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

    @EJB
    UserService users;

    @GET
    @Path("users")
    public PageResult<UserSummary> list(@QueryParam("q") String text, @QueryParam("role") Role role,
            @QueryParam("active") Boolean active, @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size, @QueryParam("sort") String sort,
            @QueryParam("asc") @DefaultValue("true") boolean ascending) {
        return users.find(new UserQuery(text, role, active, new PageRequest(first, size, sort, ascending)));
    }

    @GET
    @Path("users/{id}")
    public UserDetails get(@PathParam("id") long id) {
        return users.get(id);
    }

    @POST
    @Path("users")
    public Response create(NewUserRequest request) {
        UserDetails created = users.create(request);
        return Response.created(URI.create("users/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("users/{id}")
    public UserDetails update(@PathParam("id") long id, UserUpdateRequest request) {
        if (request == null) {
            return users.update(null);
        }
        return users.update(new UserUpdateRequest(id, request.version(), request.login(), request.fullName(),
                request.role(), request.phone(), request.email(), request.extension(), request.active()));
    }

    @DELETE
    @Path("users/{id}")
    public Map<String, DeletionOutcome> delete(@PathParam("id") long id) {
        return Map.of("outcome", users.delete(id));
    }

    @GET
    @Path("profile")
    public UserDetails profile() {
        return users.myProfile();
    }

    @PUT
    @Path("profile")
    public UserDetails updateProfile(ProfileUpdateRequest request) {
        return users.updateMyProfile(request);
    }

    @PUT
    @Path("profile/password")
    public Response changePassword(PasswordChangeRequest request) {
        users.changeMyPassword(request);
        return Response.noContent().build();
    }
}
