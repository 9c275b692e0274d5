package io.github.geoclaims.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.geoclaims.examples.fixtures.Fixtures;
import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The fixtures' graph page, as {@code geoclaims graph -o OUT} writes it, in a real browser: Debian's headless
 * Chromium driven through its chromedriver, both named by path so that Selenium looks nothing up or downloads
 * nothing. Skipped, with the reason printed, only on a machine without them ({@code .ci/run} installs them).
 *
 * <p>It also makes the README's picture, {@code docs/images/provenance-graph.png}: a claim's chain highlighted.
 */
@Tag("fixtures")
class GraphPageBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  /** A claim of fixture 004 whose chain relays a joint statement: what the picture shows. */
  private static final String DOCUMENT = "004_c656ded2d8c27bb7";
  private static final String CLAIM = "nk-russia-arms-transfers-violate-unsc-resolutions";
  private static final Path PICTURE = Path.of(System.getProperty("geoclaims.root", ".."), "docs", "images",
      "provenance-graph.png");

  @TempDir static Path directory;
  private static ChromeDriver browser;

  @BeforeAll
  static void openTheFixturesPage() throws IOException {
    String missing = Files.isExecutable(CHROMIUM) ? Files.isExecutable(CHROMEDRIVER) ? null : CHROMEDRIVER.toString()
        : CHROMIUM.toString();
    if (missing != null) {
      String reason = "GraphPageBrowserTest skipped: no " + missing + " (apt-get install chromium chromium-driver)";
      System.out.println(reason);
      Assumptions.abort(reason);
    }
    Path page = directory.resolve("fixtures.html");
    Cli.Run run = Cli.run("graph", "-o", page.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + Files.createDirectory(directory.resolve("profile")));
    LoggingPreferences logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().window().setSize(new Dimension(1600, 1000));
    browser.get(page.toUri().toString());
  }

  @AfterAll
  static void closeTheBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void everyClaimOfEveryFixtureHasAVisibleNode() {
    for (ClaimDocument document : Fixtures.loadAll()) {
      for (Claim claim : document.getClaims()) {
        List<WebElement> nodes = browser.findElements(By.cssSelector(
            "[data-claim='" + claim.getId() + "'][data-document='" + document.getId() + "']"));
        assertThat(nodes).as("%s %s", document.getId(), claim.getId()).singleElement()
            .satisfies(node -> assertThat(node.isDisplayed()).isTrue())
            .satisfies(node -> assertThat(node.getRect().getWidth()).isPositive());
      }
    }
  }

  @Test
  void theConsoleShowsNoError() {
    List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::toString).toList();

    assertThat(errors).isEmpty();
  }

  @Test
  void clickingAClaimHighlightsItsChainDownToItsOrigin() throws IOException {
    ClaimDocument document = Fixtures.load(DOCUMENT);
    Claim claim = document.findClaim(CLAIM).orElseThrow();
    WebElement node = claimNode(DOCUMENT, CLAIM);
    ((JavascriptExecutor) browser).executeScript(
        "arguments[0].scrollIntoView({block: 'center', inline: 'end'}); window.scrollBy(200, 0);", node);

    node.click();

    assertThat(classes(node)).contains("on");
    for (Attribution attribution : claim.getAttributions()) {
      assertThat(classes(browser.findElement(By.cssSelector(
          "[data-attribution='" + attribution.getId() + "'][data-document='" + DOCUMENT + "']"))))
          .as(attribution.getId()).contains("on");
    }
    assertThat(browser.findElements(By.cssSelector(".node.origin.on"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("path.edge.relays.on"))).isNotEmpty();
    assertThat(classes(claimNode(DOCUMENT, "russia-nk-finalised-arms-deal"))).doesNotContain("on");
    assertThat(classes(browser.findElement(By.cssSelector("svg.provenance")))).contains("focused");

    Files.createDirectories(PICTURE.getParent());
    Files.write(PICTURE, browser.getScreenshotAs(OutputType.BYTES));
    assertThat(PICTURE).isNotEmptyFile();
  }

  private static WebElement claimNode(String document, String claimId) {
    return browser.findElement(By.cssSelector("[data-claim='" + claimId + "'][data-document='" + document + "']"));
  }

  private static List<String> classes(WebElement element) {
    return List.of(element.getAttribute("class").split(" "));
  }
}
