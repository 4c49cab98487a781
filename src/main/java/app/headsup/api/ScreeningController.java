package app.headsup.api;

import app.headsup.rules.RuleEngine;
import app.headsup.screening.Screening;
import app.headsup.screening.ScreeningRequest;
import app.headsup.screening.ScreeningService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/screenings}. The body is read by hand rather than bound, so that size,
 * media type, nesting and every field problem are checked and reported the contract's way.
 */
@RestController
@RequestMapping("/api/v1")
class ScreeningController {

    private final ScreeningService screenings;
    private final RuleEngine engine;

    ScreeningController(ScreeningService screenings, RuleEngine engine) {
        this.screenings = screenings;
        this.engine = engine;
    }

    @Operation(
            summary = "Screen one massage: one receiver and optionally the giver.",
            requestBody =
                    @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            schema = @Schema(implementation = ScreeningRequest.class))))
    @ApiResponse(
            responseCode = "200",
            description = "The screening",
            content = @Content(schema = @Schema(implementation = Screening.class)))
    @ApiResponse(
            responseCode = "400",
            description = "Malformed request; every problem listed with its JSON path",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(
            responseCode = "503",
            description = "The rule set is not loaded or failed: no verdict",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @PostMapping("/screenings")
    Screening screen(HttpServletRequest http) throws IOException {
        Accepts.requireJson(http.getHeader("Accept"));
        JsonBody.requireJson(http.getContentType());
        byte[] body = JsonBody.read(http.getInputStream(), http.getContentLengthLong());
        var vocabulary = engine.ruleSet().catalogues().vocabulary();
        var request = ScreeningRequestReader.read(JsonBody.parse(body), vocabulary);
        return screenings.screen(request);
    }
}
