import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';

/** The site's typeface, shipped with the server (assets/fonts): the PNG never depends on system fonts. */
const FONT_DIR = path.resolve(__dirname, '..', '..', 'assets', 'fonts');
const FONT_FILES = ['TitilliumWeb-Regular.ttf', 'TitilliumWeb-SemiBold.ttf', 'TitilliumWeb-Bold.ttf'].map((f) => path.join(FONT_DIR, f));

/** An SVG figure as PNG, `scale` times its CSS size (2 for high-density screens and print). */
export function svgToPng(svg: string, scale: 1 | 2): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#FFFFFF',
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'Titillium Web', sansSerifFamily: 'Titillium Web' },
    // Figures are self-contained: never fetch anything they might name.
    imageRendering: 0,
    shapeRendering: 2,
    textRendering: 1,
  });
  return resvg.render().asPng();
}
