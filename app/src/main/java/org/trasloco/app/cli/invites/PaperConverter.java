package org.trasloco.app.cli.invites;

import java.util.Locale;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.invites.kit.PaperFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --paper a4|letter}, in any case. */
public final class PaperConverter implements ITypeConverter<PaperFormat> {

    @Override
    public PaperFormat convert(String value) {
        return PaperFormat.ofName(value).orElseThrow(() -> new TypeConversionException(
                LocalizedText.of(InvitesCliText.PAPER_VALUES).format(Locale.getDefault())));
    }
}
