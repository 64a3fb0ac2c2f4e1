/** Which Stride this is: the version Maven built, for the health check, the PDFs and anything else that names it. */
package clinic.stride.release;
