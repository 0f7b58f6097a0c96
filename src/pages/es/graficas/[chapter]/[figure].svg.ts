import { figureFilePaths, svgRoute } from '../../../../lib/charts/figureFiles';
export const getStaticPaths = () => figureFilePaths('es');
export const GET = svgRoute;
