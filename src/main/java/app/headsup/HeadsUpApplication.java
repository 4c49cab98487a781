package app.headsup;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class HeadsUpApplication {

    public static void main(String[] args) {
        SpringApplication.run(HeadsUpApplication.class, args);
    }
}
