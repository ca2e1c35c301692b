package dev.skillpack.validator.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;


import dev.skillpack.validator.testing.CliRunner;
import dev.skillpack.validator.testing.SampleRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The HTML report opened in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver},
 * which {@code .ci/run} installs): it renders without console errors, shows every finding and a token bar per
 * Markdown file, the severity filter hides what it should, and a screenshot is taken to
 * {@code target/html-report.png} for people to look at.
 */
class HtmlReportBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private static ChromeDriver browser;

    @TempDir
    Path dir;

    @BeforeAll
    static void startBrowser() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "HTML report browser test skipped: needs /usr/bin/chromium and /usr/bin/chromedriver"
                        + " (apt-get install chromium chromium-driver; .ci/run installs them)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,1600");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void rendersFindingsAndBarsWithoutConsoleErrors() throws Exception {
        Path page = dir.resolve("report.html");
        CliRunner.Result run = CliRunner.in(ReportGoldenTest.FIXTURES, SampleRules.all())
                .run("validate", "pack", "--format", "html", "--output", page.toString(), "--fail-on", "none");
        assertThat(run.err()).isEmpty();
        CliRunner.Result json = CliRunner.in(ReportGoldenTest.FIXTURES, SampleRules.all())
                .run("validate", "pack", "--format", "json", "--fail-on", "none");
        int findings = json.out().split("\"suppressed\": false", -1).length - 1;
        assertThat(findings).isPositive();

        browser.get(page.toUri().toString());
        assertThat(browser.getTitle()).isEqualTo("skillpack report: pack");
        List<WebElement> rows = browser.findElements(By.cssSelector("tr.finding"));
        assertThat(rows).hasSize(findings);
        assertThat(browser.findElements(By.cssSelector("section.skill h2"))).extracting(WebElement::getText)
                .anySatisfy(t -> assertThat(t).startsWith("alpha"));
        List<WebElement> bars = browser.findElements(By.cssSelector("tr.bar .fill"));
        assertThat(bars).isNotEmpty().allSatisfy(bar -> assertThat(bar.getSize().getHeight()).isPositive());
        assertThat(browser.findElement(By.id("metadata-total")).getText()).startsWith("always loaded: ")
                .contains(" metadata tokens");

        WebElement group = browser.findElement(By.cssSelector("tbody.rule"));
        String severity = group.getAttribute("data-severity");
        WebElement firstRow = group.findElement(By.cssSelector("tr.finding"));
        assertThat(firstRow.isDisplayed()).isTrue();
        browser.findElement(By.cssSelector(".filter input[data-severity='" + severity + "']")).click();
        assertThat(firstRow.isDisplayed()).isFalse();
        browser.findElement(By.cssSelector(".filter input[data-severity='" + severity + "']")).click();
        assertThat(firstRow.isDisplayed()).isTrue();

        browser.manage().window().setSize(new Dimension(1280, 1600));
        Path shot = Path.of("target/html-report.png");
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
        assertThat(Files.size(shot)).isGreaterThan(10_000);
        assertThat(severe()).isEmpty();
    }

    @Test
    void drawsTheTokenTrendOverGitHistory() throws Exception {
        Path repo = TrendRepository.create(Files.createDirectories(dir.resolve("repo")));
        Path page = dir.resolve("trend.html");
        CliRunner.Result run = CliRunner.in(repo, SampleRules.all())
                .run("validate", "skills", "--format", "html", "--output", page.toString(), "--fail-on", "none");
        assertThat(run.err()).isEmpty();
        browser.get(page.toUri().toString());
        WebElement chart = browser.findElement(By.cssSelector("figure.trend svg"));
        assertThat(chart.isDisplayed()).isTrue();
        assertThat(chart.getSize().getWidth()).isGreaterThan(100);
        assertThat(chart.getSize().getHeight()).isGreaterThan(20);
        assertThat(browser.findElements(By.cssSelector("figure.trend circle"))).hasSize(3);
        WebElement line = browser.findElement(By.cssSelector("figure.trend polyline"));
        assertThat(line.getSize().getWidth()).isGreaterThan(100);
        assertThat(browser.findElement(By.cssSelector("figure.trend figcaption")).getText())
                .startsWith("tokens over 3 commits: ");
        Files.write(Path.of("target/html-report-trend.png"), browser.getScreenshotAs(OutputType.BYTES));
        assertThat(severe()).isEmpty();
    }

    @Test
    void theConsoleCheckSeesAScriptError() throws Exception {
        Path page = dir.resolve("broken.html");
        Files.writeString(page, "<!DOCTYPE html><html><body><script>notDefined();</script></body></html>");
        browser.get(page.toUri().toString());
        // the browser hands its log over when asked, and each entry once: on a busy machine the error can
        // arrive after the first ask, so keep asking (for up to 10 s) and keep what came
        List<LogEntry> seen = new ArrayList<>(severe());
        for (long deadline = System.nanoTime() + 10_000_000_000L;
             seen.stream().noneMatch(e -> e.getMessage().contains("notDefined")) && System.nanoTime() < deadline; ) {
            Thread.sleep(100);
            seen.addAll(severe());
        }
        assertThat(seen).anySatisfy(e -> assertThat(e.getMessage()).contains("notDefined"));
    }

    private static List<LogEntry> severe() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    }
}
