package dev.skillpack.validator.scaffold;

import java.util.List;
import java.util.Optional;

/**
 * A framework {@code skillpack new --references} can write a reference file for: where the file goes,
 * the fence language its examples use, and one directive with an example to start from.
 *
 * @param key what the user types, e.g. {@code flask}
 * @param title the framework's name as people write it
 * @param fileName the reference's file name, {@code <language>-<framework>.md}
 * @param fence the fence language of its examples
 * @param marker a file or dependency that tells the agent the project uses it
 * @param directive a one-sentence directive naming the API to use
 * @param example the code that follows the directive
 */
public record ScaffoldFramework(String key, String title, String fileName, String fence, String marker,
                                String directive, String example) {

    /** Every framework {@code new} knows, in the order {@code --help} lists them. */
    public static final List<ScaffoldFramework> ALL = List.of(
            new ScaffoldFramework("flask", "Flask", "python-flask.md", "python", "`flask` in requirements.txt",
                    "Set the session cookie flags in the app config, before the first request.",
                    "app.config.update(\n    SESSION_COOKIE_SECURE=True,\n    SESSION_COOKIE_HTTPONLY=True,\n"
                            + "    SESSION_COOKIE_SAMESITE=\"Lax\",\n)"),
            new ScaffoldFramework("django", "Django", "python-django.md", "python", "`django` in requirements.txt",
                    "Set the cookie flags in `settings.py`.",
                    "SESSION_COOKIE_SECURE = True\nCSRF_COOKIE_SECURE = True\nSESSION_COOKIE_HTTPONLY = True"),
            new ScaffoldFramework("fastapi", "FastAPI", "python-fastapi.md", "python", "`fastapi` in requirements.txt",
                    "Declare each request body as a Pydantic model so FastAPI rejects unknown shapes.",
                    "class OrderIn(BaseModel):\n    quantity: int\n\n@app.post(\"/orders\")\n"
                            + "def create(order: OrderIn):\n    return save(order)"),
            new ScaffoldFramework("rails", "Rails", "ruby-rails.md", "ruby", "`rails` in Gemfile",
                    "Permit only the attributes a form may change with `params.expect`.",
                    "def order_params\n  params.expect(order: [:quantity, :note])\nend"),
            new ScaffoldFramework("laravel", "Laravel", "php-laravel.md", "php", "`laravel/framework` in composer.json",
                    "Validate every request with `$request->validate` before using its input.",
                    "$data = $request->validate([\n    'quantity' => ['required', 'integer', 'min:1'],\n]);"),
            new ScaffoldFramework("aspnetcore", "ASP.NET Core", "csharp-aspnetcore.md", "csharp",
                    "`Microsoft.AspNetCore` in the .csproj",
                    "Require HTTPS redirection and HSTS in `Program.cs`.",
                    "app.UseHsts();\napp.UseHttpsRedirection();"),
            new ScaffoldFramework("spring", "Spring Boot", "java-spring-boot.md", "java",
                    "`spring-boot-starter-web` in pom.xml or build.gradle",
                    "Bind request bodies to records with `@Valid` so invalid input is refused.",
                    "@PostMapping(\"/orders\")\nOrder create(@Valid @RequestBody OrderRequest request) {\n"
                            + "    return orders.create(request);\n}"),
            new ScaffoldFramework("express", "Express", "javascript-express.md", "javascript",
                    "`express` in package.json dependencies",
                    "Parse JSON bodies with a size limit.",
                    "app.use(express.json({ limit: \"100kb\" }));"),
            new ScaffoldFramework("go", "Go net/http", "go-net-http.md", "go", "a go.mod file",
                    "Set server timeouts on every `http.Server`.",
                    "srv := &http.Server{\n\tAddr:              \":8080\",\n\tReadHeaderTimeout: 5 * time.Second,\n}"));

    /**
     * @param key a framework key, e.g. {@code rails}
     * @return the framework, if known
     */
    public static Optional<ScaffoldFramework> byKey(String key) {
        return ALL.stream().filter(f -> f.key.equals(key)).findFirst();
    }

    /** @return the reference's path inside the skill */
    public String path() {
        return "references/" + fileName;
    }
}
