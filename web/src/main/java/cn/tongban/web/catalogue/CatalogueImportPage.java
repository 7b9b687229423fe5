package cn.tongban.web.catalogue;

import cn.tongban.catalogue.boundary.Catalogue;
import cn.tongban.web.platform.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * {@code staff/catalogue-import.xhtml}: the service office imports a catalogue file (第九条(四)). The catalogue
 * checks the file whole and takes all of it or nothing; a refusal names the matter and the field. Request
 * scoped: the uploaded file lives only as long as the request that carries it.
 */
@Named
@RequestScoped
public class CatalogueImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Catalogue catalogue;

    private transient UploadedFile file;
    private Integer added;

    public void upload() {
        try (InputStream content = file.getInputStream()) {
            added = catalogue.importFile(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Messages.info("catalogueImport.added", added);
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public Integer getAdded() {
        return added;
    }
}
