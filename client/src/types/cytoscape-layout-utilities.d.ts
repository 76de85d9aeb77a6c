// cytoscape-layout-utilities ships no types; it is a cytoscape extension registered with cytoscape.use().
declare module 'cytoscape-layout-utilities' {
  import type { Ext } from 'cytoscape';
  const layoutUtilities: Ext;
  export default layoutUtilities;
}
