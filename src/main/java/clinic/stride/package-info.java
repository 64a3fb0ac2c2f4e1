/**
 * Stride's composition root: {@link clinic.stride.StrideApi} lists every REST resource and mapper of the features
 * below it (docs/architecture.md draws the floors; ArchitectureTest keeps them).
 */
package clinic.stride;
