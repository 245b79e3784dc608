package org.trasloco.app.cli.account;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trasloco.app.cli.io.CliIo;
import org.trasloco.app.cli.io.CommandIo;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.xmpp.providers.CatalogueStore;
import org.trasloco.xmpp.providers.Provider;
import org.trasloco.xmpp.providers.ProviderCatalogue;
import org.trasloco.xmpp.providers.ProviderFilter;
import org.trasloco.xmpp.providers.ProviderListDownloader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/**
 * {@code trasloco providers [--json] [--update] [filters]}: where a new address can live. Works
 * offline from the bundled or last downloaded list; {@code --update} downloads the current one.
 */
@Command(name = "providers", resourceBundle = "org.trasloco.app.cli.account.help", mixinStandardHelpOptions = true)
public final class ProvidersCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", descriptionKey = "json")
    private boolean json;

    @Option(names = "--update", descriptionKey = "update")
    private boolean update;

    @Option(names = "--from", paramLabel = "URL", descriptionKey = "from")
    private URI from;

    @Option(names = "--in-app", descriptionKey = "inApp")
    private boolean inApp;

    @Option(names = "--no-captcha", descriptionKey = "noCaptcha")
    private boolean noCaptcha;

    @Option(names = "--free", descriptionKey = "free")
    private boolean free;

    @Option(names = "--country", paramLabel = "CODE", split = ",", descriptionKey = "country")
    private List<String> countries = new ArrayList<>();

    @Option(names = "--min-retention", paramLabel = "DAYS", descriptionKey = "minRetention")
    private int minRetention;

    @Option(names = "--add", paramLabel = "DOMAIN", descriptionKey = "add")
    private List<String> add = new ArrayList<>();

    @Option(names = "--remove", paramLabel = "DOMAIN", descriptionKey = "remove")
    private List<String> remove = new ArrayList<>();

    @Option(names = "--cache", paramLabel = "DIR", descriptionKey = "cache")
    private Path cache;

    @Override
    public Integer call() {
        CliIo io = CommandIo.of(spec);
        Locale locale = io.locale();
        CatalogueStore store = new CatalogueStore(CacheDirectory.orStandard(cache));
        if (update) {
            URI source = from != null ? from : ProviderListDownloader.DEFAULT_SOURCE;
            List<Provider> downloaded = new ProviderListDownloader(Duration.ofSeconds(30)).update(source, store);
            io.err().println(AccountText.PROVIDERS_UPDATED.format(locale, downloaded.size(), source.toString()));
        }
        for (String domain : add) {
            io.err().println(AccountText.PROVIDERS_ADDED.format(locale, store.addCustomServer(domain).domain()));
        }
        for (String domain : remove) {
            io.err().println((store.removeCustomServer(domain) ? AccountText.PROVIDERS_REMOVED
                    : AccountText.PROVIDERS_NOT_ADDED).format(locale, domain));
        }
        ProviderCatalogue catalogue = store.load();
        ProviderFilter filter = new ProviderFilter(inApp, noCaptcha, free, new LinkedHashSet<>(countries), Math.max(0, minRetention));
        List<Provider> shown = catalogue.filter(filter);
        if (json) {
            io.out().flush();
            ProvidersJson.write(io.data(), shown, locale);
            io.out().flush();
            return ExitCodes.OK;
        }
        for (Provider provider : shown) {
            io.out().println(ProviderDescription.title(provider, locale));
            io.out().println("  " + ProviderDescription.signUp(provider, locale));
            io.out().println("  " + ProviderDescription.facts(provider, locale));
        }
        if (shown.isEmpty()) {
            io.out().println(AccountText.PROVIDERS_NONE.format(locale));
        } else {
            io.out().println(AccountText.PROVIDERS_SHOWN.format(locale, shown.size(), catalogue.providers().size()));
        }
        io.out().println(store.hasDownloadedList() ? AccountText.PROVIDERS_DOWNLOADED.format(locale)
                : AccountText.PROVIDERS_BUNDLED.format(locale));
        io.out().flush();
        return ExitCodes.OK;
    }
}
