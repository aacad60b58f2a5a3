import {
  Agent,
  codeInterpreterTool,
  imageGenerationTool,
  run,
  saveGeneratedImages,
} from '@baton/agents';

const illustrator = new Agent({
  name: 'Illustrator',
  instructions: 'Make the picture asked for; check any arithmetic with code.',
  tools: [
    imageGenerationTool({ size: '1024x1024', quality: 'low' }),
    codeInterpreterTool(), // runs in an `auto` container unless given one
  ],
});

const result = await run(illustrator, 'Draw a relay baton, in four colours.');
// Writes each image_generation_call's result and returns the paths: ['out/ig_....png'].
const paths = await saveGeneratedImages(result, 'out');
console.log(paths);
