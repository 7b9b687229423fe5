package cn.tongban.catalogue.entity;

import jakarta.json.Json;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.io.StringReader;

/** Stores a version's content as the JSON text of the catalogue file's matter object. */
@Converter
public class MatterContentConverter implements AttributeConverter<MatterContent, String> {

    @Override
    public String convertToDatabaseColumn(MatterContent content) {
        return content == null ? null : content.toJson().toString();
    }

    @Override
    public MatterContent convertToEntityAttribute(String json) {
        if (json == null) {
            return null;
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            return MatterContent.fromJson("?", reader.readObject());
        }
    }
}
