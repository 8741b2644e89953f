package floor;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;

/**
 * The requests the floor is measured with: fixed JSON byte arrays of the sizes of the
 * application's static document and of its summary and full score responses, and a small JSON
 * POST read by Jackson into a record, validated, and answered with a small JSON object or with
 * the fixed bytes of a score response.
 */
@Path("/floor")
@Produces(MediaType.APPLICATION_JSON)
public class FloorResource {

    /** Sizes in bytes of the application's answers, measured 2026-11-25 (GET /api/v1/scenarios; POST /api/v1/score, summary and full, load.py's buyer). */
    static final int STATIC_SIZE = Integer.getInteger("floor.static-size", 15_408);
    static final int SUMMARY_SIZE = Integer.getInteger("floor.summary-size", 40_195);
    static final int FULL_SIZE = Integer.getInteger("floor.full-size", 345_088);

    private static final byte[] STATIC = SyntheticJson.of(STATIC_SIZE, 1);
    private static final byte[] SUMMARY = SyntheticJson.of(SUMMARY_SIZE, 2);
    private static final byte[] FULL = SyntheticJson.of(FULL_SIZE, 3);
    private static final EntityTag STATIC_TAG = new EntityTag(Integer.toHexString(java.util.Arrays.hashCode(STATIC)), true);
    private static final CacheControl REVALIDATE = CacheControl.valueOf("no-cache");

    /** A small request, shaped like the application's score request. */
    public record SmallRequest(@NotNull Map<String, Object> answers, String scenario, List<String> include,
                               String detail) {
    }

    /** A small answer. */
    public record SmallAnswer(String scenario, int answers, String detail, boolean ok) {
    }

    /** Like the application's static documents: pre-serialised bytes, a weak ETag, no-cache. */
    @GET
    @Path("/static")
    public Response staticDocument(@Context Request request) {
        Response.ResponseBuilder notModified = request.evaluatePreconditions(STATIC_TAG);
        if (notModified != null) {
            return notModified.cacheControl(REVALIDATE).build();
        }
        return Response.ok(STATIC, MediaType.APPLICATION_JSON_TYPE).tag(STATIC_TAG).cacheControl(REVALIDATE).build();
    }

    @GET
    @Path("/summary")
    public byte[] summary() {
        return SUMMARY;
    }

    @GET
    @Path("/full")
    public byte[] full() {
        return FULL;
    }

    /** The small request answered with the bytes of the application's summary score response. */
    @POST
    @Path("/score-summary")
    @Consumes(MediaType.APPLICATION_JSON)
    public byte[] scoreSummary(@Valid @NotNull SmallRequest request) {
        return SUMMARY;
    }

    /** The small request answered with the bytes of the application's full score response. */
    @POST
    @Path("/score-full")
    @Consumes(MediaType.APPLICATION_JSON)
    public byte[] scoreFull(@Valid @NotNull SmallRequest request) {
        return FULL;
    }

    @POST
    @Path("/score")
    @Consumes(MediaType.APPLICATION_JSON)
    public SmallAnswer score(@Valid @NotNull SmallRequest request) {
        return new SmallAnswer(request.scenario() == null ? "default" : request.scenario(), request.answers().size(),
                request.detail() == null ? "full" : request.detail(), true);
    }
}
