import type { APIRoute } from 'astro';
import { rssFeed } from '../lib/feeds/rssFeed';

export const GET: APIRoute = (context) => rssFeed('en', context);
