package cn.tongban.rest.catalogue;

import cn.tongban.catalogue.boundary.Catalogue;
import cn.tongban.catalogue.control.CatalogueSearch;
import cn.tongban.catalogue.entity.MatterKind;
import cn.tongban.rest.platform.Problem;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public catalogue (办事指南, 第四条). */
@Path("matters")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue", description = "Matters and their service guides; public")
public class MattersResource {

    private static final int MAX_SIZE = 100;

    @EJB
    Catalogue catalogue;

    @GET
    @Operation(operationId = "searchMatters", summary = "Search the catalogue",
            description = "Pages through the matters in force, ordered by code. `q` matches any part of a matter's "
                    + "name, code or English name (\"施工\" finds 建筑工程施工许可证核发); `department` and `kind` filter.")
    @APIResponse(responseCode = "200", description = "A page of matters",
            content = @Content(schema = @Schema(implementation = MatterPageJson.class),
                    examples = @ExampleObject(name = "search", value = """
                            {"page": 0, "size": 20, "total": 1, "items": [{"code": "ZJJ-001", "name": "建筑工程施工许可证核发",
                             "nameEn": "Construction Permit Issuance", "kind": "ADMINISTRATIVE_LICENSE", "department": "ZJJ",
                             "departmentName": "东莞市住房和城乡建设局", "statutoryDays": 7, "promisedDays": 3,
                             "processType": "SERIAL", "onlineLevel": "FULL_ONLINE"}]}""")))
    @APIResponse(responseCode = "400", description = "page, size or kind out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "size too large", value = """
                            {"type": "https://tongban.dongguan.gov.cn/problems/http.400", "title": "Bad Request", "status": 400,
                             "detail": "page must be 0 or more and size between 1 and 100"}""")))
    public MatterPageJson list(@Parameter(description = "keyword, any part of a name", example = "施工") @QueryParam("q") String q,
                               @Parameter(description = "department code", example = "ZJJ") @QueryParam("department") String department,
                               @Parameter(description = "ADMINISTRATIVE_LICENSE, NON_LICENSE_APPROVAL or PUBLIC_SERVICE")
                               @QueryParam("kind") String kind,
                               @Parameter(description = "page number, from 0", example = "0")
                               @QueryParam("page") @DefaultValue("0") int page,
                               @Parameter(description = "matters per page, 1 to 100", example = "20")
                               @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE || (long) page * size > Integer.MAX_VALUE) {
            throw new BadRequestException("page must be 0 or more and size between 1 and " + MAX_SIZE);
        }
        var criteria = new CatalogueSearch.Criteria(q, department, kind(kind));
        var found = catalogue.search(criteria, page * size, size);
        return new MatterPageJson(page, size, found.total(), found.matters().stream().map(MatterJson::of).toList());
    }

    private static MatterKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return MatterKind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("kind must be one of ADMINISTRATIVE_LICENSE, NON_LICENSE_APPROVAL, PUBLIC_SERVICE");
        }
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getMatter", summary = "A matter's service guide",
            description = "Everything the version in force says: conditions, materials, fee, time limits, process, online form, contacts.")
    @APIResponse(responseCode = "200", description = "The guide",
            content = @Content(schema = @Schema(implementation = MatterGuideJson.class),
                    examples = @ExampleObject(name = "construction permit", value = """
                            {"code": "ZJJ-001", "department": "ZJJ", "departmentName": "东莞市住房和城乡建设局", "version": 1,
                             "effectiveFrom": "2026-11-25", "name": "建筑工程施工许可证核发",
                             "nameEn": "Issuance of Construction Permits for Building Works", "kind": "ADMINISTRATIVE_LICENSE",
                             "legalBasis": ["《中华人民共和国建筑法》第七条"],
                             "conditions": ["已经办理该建筑工程用地批准手续", "已经确定建筑施工企业"],
                             "materials": [{"name": "建筑工程施工许可证申请表", "form": "ELECTRONIC", "copies": 1,
                                            "blankForm": "建筑工程施工许可证申请表.docx", "required": true}],
                             "fee": "不收费", "statutoryDays": 7, "promisedDays": 3,
                             "process": {"type": "SERIAL", "stages": [{"name": "受理", "role": "CLERK", "department": "ZJJ", "days": 1},
                                         {"name": "审查", "role": "REVIEWER", "department": "ZJJ", "days": 1},
                                         {"name": "决定", "role": "APPROVER", "department": "ZJJ", "days": 1}]},
                             "form": {"fields": [{"name": "projectName", "label": "工程名称", "type": "TEXT", "required": true},
                                                 {"name": "floorArea", "label": "建筑面积", "type": "AREA_SQM", "required": true}]},
                             "onlineLevel": "FULL_ONLINE",
                             "contacts": {"phone": "0769-22831101", "address": "东莞市民服务中心 工程建设项目审批专区（示例地址）"},
                             "servicePromise": null}""")))
    @APIResponse(responseCode = "404", description = "No such matter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MatterGuideJson one(@Parameter(description = "the matter's code", example = "ZJJ-001") @PathParam("code") String code) {
        return MatterGuideJson.of(catalogue.matter(code));
    }
}
