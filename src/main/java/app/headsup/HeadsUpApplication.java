package app.headsup;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class HeadsUpApplication {

    public static void main(String[] args) {
        SpringApplication.run(HeadsUpApplication.class, args);
    }
}
