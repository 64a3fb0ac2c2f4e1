/** Demo patients for trying Stride out: loaded only when configured, and only into an empty database. */
package clinic.stride.demo;
