package io.github.geoclaims.spring.boot.testapp;

import io.github.geoclaims.model.ClaimDocument;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A Boot application as a user writes it: nothing geoclaims-specific but the model type of its request body. */
@SpringBootApplication
public class DocumentsApplication {

  /** Echoes a valid document, and has an endpoint whose body is no geoclaims type. */
  @RestController
  static class DocumentsController {

    @PostMapping("/documents")
    ClaimDocument echo(@Valid @RequestBody ClaimDocument document) {
      return document;
    }

    @PostMapping("/summary")
    Map<String, Object> summary(@Valid @RequestBody ClaimDocument document) {
      return Map.of("id", document.getId(), "claims", document.getClaims().size());
    }

    @PostMapping("/checked")
    Map<String, Object> checked(@Valid @RequestBody ClaimDocument document,
        @RequestParam(name = "copies", defaultValue = "1") @Min(1) int copies) {
      return Map.of("id", document.getId(), "copies", copies);
    }

    @PostMapping("/plain")
    Map<String, Object> plain(@RequestBody Map<String, Object> body) {
      return body;
    }
  }
}
