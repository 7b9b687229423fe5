package cn.tongban.web.platform;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link BusinessExceptionHandler} in front of the default handler (faces-config.xml). */
public class BusinessExceptionHandlerFactory extends ExceptionHandlerFactory {

    public BusinessExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new BusinessExceptionHandler(getWrapped().getExceptionHandler());
    }
}
