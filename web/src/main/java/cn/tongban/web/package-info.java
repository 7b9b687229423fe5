/**
 * The portal (门户) and the staff work lists as Faces pages. One package per business capability of the
 * EJB module, one thin backing bean per page; every decision is taken by the EJB boundaries.
 */
package cn.tongban.web;
