package org.trasloco.app.cli.history;

import java.time.DateTimeException;
import java.time.ZoneId;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --zone Europe/Rome} (or a fixed offset such as {@code UTC+01:00}). */
final class ZoneConverter implements ITypeConverter<ZoneId> {

    @Override
    public ZoneId convert(String value) {
        try {
            return ZoneId.of(value.trim());
        } catch (DateTimeException e) {
            throw new TypeConversionException("Europe/Rome, America/New_York, UTC+01:00");
        }
    }
}
