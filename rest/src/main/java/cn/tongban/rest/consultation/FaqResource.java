package cn.tongban.rest.consultation;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import cn.tongban.consultation.boundary.Consultations;
import cn.tongban.rest.platform.Problem;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A matter's public FAQ (服务咨询, 第四条): the questions its department has answered and published. */
@Path("matters/{code}/faq")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consultation", description = "Published questions and answers; public")
public class FaqResource {

    @EJB
    Consultations consultations;

    @GET
    @Operation(operationId = "getMatterFaq", summary = "A matter's FAQ",
            description = "The matter's published questions and answers, the latest published first; at most 100.")
    @APIResponse(responseCode = "200", description = "The FAQ, possibly empty",
            content = @Content(schema = @Schema(implementation = FaqJson.class),
                    examples = @ExampleObject(name = "one answer", value = """
                            {"matterCode": "ZJJ-001", "entries": [{"number": "ZX-20261125-7K3QM2XA",
                             "question": "施工许可一般需要多长时间？", "answer": "承诺时限为 3 个工作日。\n材料不全的，需先补正。",
                             "department": "ZJJ", "departmentName": "东莞市住房和城乡建设局",
                             "answeredAt": "2026-11-25T10:15:30+08:00", "publishedAt": "2026-11-25T11:00:00+08:00"}]}""")))
    @APIResponse(responseCode = "404", description = "No such matter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FaqJson faq(@Parameter(description = "the matter's code", example = "ZJJ-001") @PathParam("code") String code) {
        var entries = consultations.faq(code).stream().map(FaqEntryJson::of).toList();
        return new FaqJson(code.strip(), entries);
    }
}
