package app.headsup.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.servers.Server;
import org.springframework.context.annotation.Configuration;

/**
 * What {@code /api/v1/openapi.json} says about itself. Its server is this one, as a path: springdoc would
 * otherwise write the Host header of each request into it, and anyone can write that header.
 */
@Configuration
@OpenAPIDefinition(
        info = @Info(title = "HeadsUp screening API", version = "v1"),
        servers = @Server(url = "/", description = "the server this description came from"))
class ApiDescription {}
