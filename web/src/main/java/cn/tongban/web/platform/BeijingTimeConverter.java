package cn.tongban.web.platform;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Shows a moment as Beijing time, {@code yyyy-MM-dd HH:mm}, whatever offset it was stored with and
 * whatever zone the server or the browser is in: applicants and departments must read the same time.
 */
@FacesConverter("beijingTime")
public class BeijingTimeConverter implements Converter<OffsetDateTime> {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Override
    public String getAsString(FacesContext context, UIComponent component, OffsetDateTime value) {
        return value == null ? "" : value.atZoneSameInstant(BEIJING).format(FORMAT);
    }

    @Override
    public OffsetDateTime getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip(), FORMAT).atZone(BEIJING).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw new ConverterException(e.getMessage(), e);
        }
    }
}
