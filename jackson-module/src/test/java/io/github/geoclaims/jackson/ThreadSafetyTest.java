package io.github.geoclaims.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.json.GeoClaimsJson;
import io.github.geoclaims.json.JsonProblem;
import io.github.geoclaims.model.ClaimDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ThreadSafetyTest {

  @Test
  void oneFacadeIsSharedSafelyByManyThreads() throws Exception {
    GeoClaimsJson json = GeoClaimsJson.standard();
    ClaimDocument full = TestDocuments.full();
    String expected = json.write(full);
    String broken = Problems.sample().replace("\"id\": \"shipped\"", "\"id\": 42");
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int task = 0; task < 64; task++) {
        int n = task;
        futures.add(pool.submit(() -> {
          for (int i = 0; i < 20; i++) {
            if ((n + i) % 4 == 0) {
              assertThat(Problems.of(json, broken)).extracting(JsonProblem::pointer).containsExactly("/claims/0/id");
            } else {
              ClaimDocument read = json.read(expected);
              assertThat(read).isEqualTo(full);
              assertThat(json.write(read)).isEqualTo(expected);
            }
          }
          return null;
        }));
      }
      for (Future<?> future : futures) {
        future.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
