package io.github.geoclaims.boot3;

import io.github.geoclaims.model.ClaimDocument;
import jakarta.validation.Valid;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A Spring Boot 3.5 application that takes claim documents, with the README's recipe and nothing else. */
@SpringBootApplication
public class Boot3Application {

  /**
   * Runs the application.
   *
   * @param args Spring Boot's arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(Boot3Application.class, args);
  }

  /** Echoes a valid document. */
  @RestController
  static class DocumentsController {

    @PostMapping("/documents")
    ClaimDocument echo(@Valid @RequestBody ClaimDocument document) {
      return document;
    }
  }
}
